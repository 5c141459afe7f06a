// Hold timer for the relief stretch: start/pause, reset, a countdown, spoken status, vibration.
(function () {
  "use strict";
  document.querySelectorAll(".timer[data-seconds]").forEach(function (box) {
    var total = parseInt(box.dataset.seconds, 10) || 30;
    var repeats = parseInt(box.dataset.repeat, 10) || 1;
    var count = box.querySelector(".count");
    var status = box.querySelector(".status");
    var toggle = box.querySelector("[data-action=toggle]");
    var reset = box.querySelector("[data-action=reset]");
    var left = total, hold = 1, tick = null;

    function say(text) { status.textContent = text; }
    function buzz(pattern) { if (navigator.vibrate) { try { navigator.vibrate(pattern); } catch (e) { /* not allowed */ } } }
    function show() { count.textContent = String(left); box.dataset.left = String(left); }
    function stop() { if (tick) { clearInterval(tick); tick = null; } }
    function finish() {
      stop();
      buzz([200, 100, 200]);
      if (hold < repeats) {
        say("Hold " + hold + " of " + repeats + " done. Relax for a few breaths, then start the next.");
        hold += 1; left = total; show();
        toggle.textContent = "Start hold " + hold;
      } else {
        say("Done. Let the muscle relax. If it is still cramping, stretch again or massage it.");
        toggle.textContent = "Start again"; hold = 1; left = total;
      }
      box.dataset.state = "done";
    }
    function start() {
      if (box.dataset.state === "done" && left === total) { show(); }
      box.dataset.state = "running";
      toggle.textContent = "Pause";
      say("Holding" + (repeats > 1 ? " (" + hold + " of " + repeats + ")" : "") + ": " + left + " seconds.");
      buzz(80);
      tick = setInterval(function () {
        left -= 1; show();
        if (left === 10) { say("10 seconds left."); }
        if (left <= 0) { finish(); }
      }, 1000);
    }
    toggle.addEventListener("click", function () {
      if (tick) { stop(); box.dataset.state = "paused"; toggle.textContent = "Resume"; say("Paused at " + left + " seconds."); }
      else { start(); }
    });
    reset.addEventListener("click", function () {
      stop(); left = total; hold = 1; show(); box.dataset.state = "ready";
      toggle.textContent = "Start hold"; say("Reset: " + total + " second hold.");
    });
    toggle.disabled = false; reset.disabled = false; box.dataset.state = "ready"; show();
  });
})();
