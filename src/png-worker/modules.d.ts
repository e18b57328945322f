/** Font files imported through the PNG Worker's `Data` rule (src/png-worker/wrangler.toml). */
declare module '*.ttf' {
  const data: ArrayBuffer
  export default data
}
