/** node-postgres's own value conversion (Date, arrays, Buffer, JSON), the one it applies to query values. */
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): unknown };
  export default utils;
}
