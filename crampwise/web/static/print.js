// Shows the "Print" button on the report (it needs JavaScript) and opens the print dialog.
(function () {
  "use strict";
  var button = document.getElementById("print");
  if (!button) { return; }
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
