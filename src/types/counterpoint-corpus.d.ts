// `counterpoint:corpus`: the corpus documents' text by source id (build.mjs).
declare const corpus: Record<string, string>;
export default corpus;
