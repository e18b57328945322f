import { builderClient } from './client.ts'
import { canonicalParams, dataLinks, fillCodes, pickHeight } from './shared-with-browser.ts'

/**
 * The builder's script, assembled from the very functions the server runs (their text after the
 * bundler removed the types), so the codes a browser rebuilds cannot drift from the server's.
 * `__name` is esbuild's keep-names helper that the bundle may have written inside those functions;
 * here it is the identity.
 */
export function builderScriptSource(): string {
  return `/*! factbox builder: updates the codes as options change, copies them. */
(function () {
'use strict';
var __name = function (fn) { return fn; };
(${builderClient.toString()})({ canonicalParams: ${canonicalParams.toString()}, fillCodes: ${fillCodes.toString()}, dataLinks: ${dataLinks.toString()}, pickHeight: ${pickHeight.toString()} });
})();
`
}
