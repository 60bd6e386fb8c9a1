// Progressive enhancement only: every page works fully without this file.
(function () {
  "use strict";

  // Quick exit: blank the page at once, then put an ordinary site in its place in the tab's history, so that Back
  // skips it. Pages of this site opened before it stay in Back and in the history list: no page can remove them
  // (tests/HumanTraffickingAwareness.BrowserTests/QuickExitTests.cs; /safety says so). Without this script the
  // exit controls are plain links to the same site.
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

  // Shift pressed 3 times leaves too, as in GOV.UK's "Exit this page": each press within 5 seconds of the last, so
  // that someone shaking or slow can still do it; Shift used with another key (or a click) does not count, and any
  // other key starts again. Each press is shown and read out (role=status), in the page's language.
  var progress = document.querySelector("[data-quick-exit-status]");
  var presses = 0;
  var shiftAlone = false;
  var timer = null;

  function say(which) {
    if (progress) {
      progress.textContent = which ? progress.getAttribute(which) || "" : "";
    }
  }

  function startAgain(which) {
    presses = 0;
    window.clearTimeout(timer);
    say(which);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      shiftAlone = shiftAlone || !event.repeat;
      return;
    }
    shiftAlone = false;
    if (presses) {
      startAgain(null);
    }
  }, true);

  document.addEventListener("mousedown", function () { shiftAlone = false; }, true);
  // A page brought back by Back from the browser's memory starts with no count.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      startAgain(null);
    }
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !shiftAlone || !exitUrl) {
      return;
    }
    shiftAlone = false;
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      quickExit();
      return;
    }
    say(presses === 1 ? "data-two" : "data-one");
    timer = window.setTimeout(function () {
      startAgain("data-expired");
      timer = window.setTimeout(function () { say(null); }, 5000);
    }, 5000);
  }, true);

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
