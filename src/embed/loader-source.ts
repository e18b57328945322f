/**
 * The loader publishers add beside the iframe (`<script src=".../embed.js" async>`). It runs in
 * the publisher's page, so it does one thing: when one of our iframes reports its height, it sets
 * that iframe's height. It trusts a message only from our exact origin and only for the iframe
 * whose window sent it; it accepts only a number and clamps it; it builds no selector, HTML or
 * URL from a message and never navigates. ES5, so it runs in every browser a reader may have.
 */
export function loaderSource(origin: string): string {
  return `/*! factbox embed loader: resizes factbox iframes to their content. */
(function () {
  'use strict';
  if (window.__factboxLoader) return;
  window.__factboxLoader = true;
  var ORIGIN = ${JSON.stringify(origin)};
  var MIN = 80, MAX = 6000;
  window.addEventListener('message', function (event) {
    if (event.origin !== ORIGIN || !event.source) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'factbox:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    height = Math.min(MAX, Math.max(MIN, Math.ceil(height)));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });
})();
`
}
