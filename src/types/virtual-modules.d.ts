// Text files bundled as strings (esbuild's text loader).
declare module '*.css' {
  const text: string;
  export default text;
}
