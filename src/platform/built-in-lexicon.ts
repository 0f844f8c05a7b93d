// The built-in names for the content script, from the build (counterpoint:lexicon), and the matcher
// compiled from them at build time (counterpoint:matcher). Their own module, so that no other bundle
// carries them by accident and no bundle but the content script's needs to.
export { default as builtInLexicon } from 'counterpoint:lexicon';
export { default as builtInMatcher } from 'counterpoint:matcher';
