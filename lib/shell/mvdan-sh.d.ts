// mvdan-sh (GopherJS build) ships no types; it is used only as the reference parser in tests.
declare module 'mvdan-sh' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const sh: any;
  export default sh;
}
