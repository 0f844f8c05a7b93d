// Modules the build (build.mjs) generates from data/ after validating it.
declare module 'counterpoint:factbase' {
  import type { FactPack } from '../core/types';
  const pack: FactPack;
  export default pack;
}
declare module 'counterpoint:lexicon' {
  import type { Entity } from '../core/types';
  const lexicon: Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>[];
  export default lexicon;
}
declare module 'counterpoint:corpus' {
  /** Corpus document text by source id. */
  const corpus: Record<string, string>;
  export default corpus;
}
declare module '*.css' {
  const text: string;
  export default text;
}
