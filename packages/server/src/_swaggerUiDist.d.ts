// swagger-ui-dist ships no types; the docs page uses only this helper of it.
declare module 'swagger-ui-dist/absolute-path.js' {
  /** The folder the package's files are in. */
  const getAbsoluteFSPath: () => string;
  export default getAbsoluteFSPath;
}
