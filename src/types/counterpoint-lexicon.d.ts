// `counterpoint:lexicon`: only the names the content script's matcher needs (build.mjs).
import type { Entity } from '../core/types';
declare const lexicon: Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'cues'>[];
export default lexicon;
