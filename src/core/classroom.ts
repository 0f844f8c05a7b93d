// Classroom mode: which question to ask before a card reveals its counterpoints.
import type { CardData, Question } from './types';

/** The most specific question that fits: named for this entity, then its type, then its claims, then any. */
export function pickQuestion(questions: readonly Question[], card: CardData): Question | null {
  const claimKinds = new Set([...card.keyClaims, ...card.statistics].map((claim) => claim.kind));
  let best: Question | null = null;
  let bestScore = -1;
  for (const question of questions) {
    const { entities, entityTypes, claimKinds: kinds } = question.appliesTo;
    if (entities && !entities.includes(card.entity.id)) continue;
    if (entityTypes && !entityTypes.includes(card.entity.type)) continue;
    if (kinds && !kinds.some((kind) => claimKinds.has(kind))) continue;
    const score = (entities ? 4 : 0) + (entityTypes ? 2 : 0) + (kinds ? 1 : 0);
    if (score > bestScore) {
      best = question;
      bestScore = score;
    }
  }
  return best;
}
