// Draws every <div class="chart"> whose spec sits in the next <script type="application/json">.
// Vega-Lite compiles the spec; Vega renders it with the expression interpreter, so no eval is
// needed and the page's Content-Security-Policy (script-src 'self') holds.
(function () {
  "use strict";
  function draw(el, specEl) {
    var spec = JSON.parse(specEl.textContent);
    var width = Math.max(180, el.clientWidth - (el.clientWidth < 500 ? 75 : 120));
    spec.config = spec.config || {};
    spec.config.view = Object.assign({}, spec.config.view, { continuousWidth: width });
    var compiled = vegaLite.compile(spec).spec;
    var runtime = vega.parse(compiled, null, { ast: true });
    var view = new vega.View(runtime, { expr: vega.expressionInterpreter, renderer: "svg",
                                        container: el, hover: true });
    view.runAsync().then(function () { el.dataset.rendered = "true"; })
      .catch(function (err) { el.dataset.rendered = "error"; el.textContent = "The chart could not be drawn: " + err; });
  }
  document.querySelectorAll(".chart").forEach(function (el) {
    var specEl = el.parentNode.querySelector("script[type='application/json']");
    if (!specEl || !window.vega || !window.vegaLite) { return; }
    try { draw(el, specEl); } catch (err) { el.dataset.rendered = "error"; el.textContent = "The chart could not be drawn: " + err; }
  });
})();
