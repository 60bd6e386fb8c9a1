// Progressive enhancement only: every page works fully without this file.
(function () {
  "use strict";

  // Quick exit: blank the page at once, then replace it in the history with an ordinary site, so that Back does
  // not come back here. Without this script the exit controls are plain links to the same site.
  var exits = document.querySelectorAll("[data-quick-exit]");
  var exitUrl = exits.length ? exits[0].getAttribute("href") : null;

  function quickExit() {
    document.title = "";
    document.documentElement.className += " exiting";
    if (document.body) {
      document.body.textContent = "";
    }
    window.location.replace(exitUrl);
  }

  Array.prototype.forEach.call(exits, function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      quickExit();
    });
  });

  // Shift pressed three times within a second does the same, for someone who cannot reach the mouse in time.
  var shiftTimes = [];
  document.addEventListener("keydown", function (event) {
    if (!exitUrl) {
      return;
    }
    if (event.key !== "Shift") {
      shiftTimes = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (time) { return now - time < 1000; });
    shiftTimes.push(now);
    if (shiftTimes.length >= 3) {
      quickExit();
    }
  });

  // The words come from the page, which has them in its own language.
  function announce(which) {
    var status = document.querySelector("[data-share-status]");
    if (status) {
      status.textContent = status.getAttribute(which) || "";
    }
  }

  // "Copy link": where the Clipboard API exists (secure contexts), copy the page's canonical address.
  var copyItem = document.querySelector("[data-copy-link]");
  var copy = copyItem && copyItem.querySelector("button");
  if (copy && navigator.clipboard && window.isSecureContext) {
    copyItem.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-url")).then(
        function () { announce("data-copied"); },
        function () { announce("data-copy-failed"); });
    });
  }

  // The phone's own share sheet, where the browser offers one.
  var shareItem = document.querySelector("[data-share-native]");
  var share = shareItem && shareItem.querySelector("button");
  if (share && navigator.share) {
    shareItem.hidden = false;
    share.addEventListener("click", function () {
      navigator.share({ title: share.getAttribute("data-title"), url: share.getAttribute("data-url") }).catch(function () { });
    });
  }
})();
