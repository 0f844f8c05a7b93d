// A position that rests on one voice (one speaker, one source) is allowed only when it says so: the
// data declares "singleVoice", and the card flags it. A declaration that is not true is an error too.
import type { Claim } from '../../types';
import type { DataError } from '../validate';
import { phrase } from '../../phrase';
import { restsOnOneVoice, speakerKey } from '../../voices';
import { ruleError, type RuleContext } from './context';

export function voiceErrors(context: RuleContext, knownClaims: readonly Claim[] = []): DataError[] {
  const errors: DataError[] = [];
  const claims = new Map([...knownClaims, ...context.pack.claims].map((claim) => [claim.id, claim]));
  context.pack.topics.forEach((topic, index) => {
    topic.positions.forEach((position, at) => {
      const backing = position.claims.flatMap((id) => claims.get(id) ?? []);
      if (!backing.length) return;
      const single = restsOnOneVoice(backing);
      const voices = [...new Set(backing.map(speakerKey))].join(', ');
      const sources = [...new Set(backing.map((claim) => claim.source))].join(', ');
      const id = `${topic.id}/${position.id}`;
      if (single && !position.singleVoice) {
        errors.push(ruleError(context, 'topics', index, `/positions/${at}`, id, phrase('ruleExpectedTwoVoices'), phrase('ruleFoundEveryClaimFrom', voices, sources)));
      } else if (!single && position.singleVoice) {
        errors.push(ruleError(context, 'topics', index, `/positions/${at}/singleVoice`, id, phrase('ruleExpectedNoSingleVoice'), phrase('ruleFoundVoicesIn', voices, sources)));
      }
    });
  });
  return errors;
}
