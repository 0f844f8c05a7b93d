// `counterpoint:matcher`: the built-in names compiled for the matcher at build time (build.mjs).
import type { SerializedLexicon } from '../core/mentions/serialize';
declare const matcher: SerializedLexicon;
export default matcher;
