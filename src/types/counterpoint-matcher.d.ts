// `counterpoint:matcher`: the built-in names compiled for the matcher at build time (build.mjs).
import type { SerializedMatcher } from '../core/mentions/serialize';
declare const matcher: SerializedMatcher;
export default matcher;
