// mocha's browser build (node_modules/mocha/mocha.js, resolved by build.mjs) has no type declarations.
declare module 'mocha-browser' {
  const mocha: unknown;
  export default mocha;
}
