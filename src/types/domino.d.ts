// @mixmark-io/domino ships types for the module name "domino" only; this is the part we use.
declare module '@mixmark-io/domino' {
  export function createDocument(html?: string, force?: boolean): Document;
}
