  // show.js: showing the verdict, and wiring the page's inputs
  // ---- showing the result --------------------------------------------------------------
  const $ = (id) => document.getElementById(id);
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  const SHOWN_LIMIT = 500; // a hostile zip may name thousands; the first ones tell the story
  function section(parent, title, items) {
    if (!items.length) return;
    parent.append(el("h2", title));
    const list = el("ul");
    for (const item of items.slice(0, SHOWN_LIMIT)) list.append(el("li", shown(item)));
    if (items.length > SHOWN_LIMIT) list.append(el("li", `… and ${items.length - SHOWN_LIMIT} more`));
    parent.append(list);
  }

  function confirmationProblem(report, confirmed) {
    if (!confirmed || !report.fingerprint) return "";
    if (normaliseFingerprint(report.fingerprint) === confirmed) return "";
    const earlier = report.keyChain.slice(0, -1).map(([fp]) => normaliseFingerprint(fp));
    if (report.signatureOk && earlier.includes(confirmed)) {
      return `The bundle was signed by a newer key than the one you entered, which is key ` +
        `${earlier.indexOf(confirmed) + 1} in its key history and announced the newer keys. ` +
        "An old copy of the journal still holds that older key, so please confirm the newer " +
        "fingerprint with the sender before relying on it.";
    }
    return `The bundle was signed by the key ${report.fingerprint}, not by the key ` +
      `${grouped(confirmed)} you entered.`;
  }

  let lastReport = null;

  function render(report) {
    lastReport = report;
    const verdict = $("verdict");
    verdict.replaceChildren();
    const typed = $("confirmed").value.trim();
    const confirmed = typed ? normaliseFingerprint(typed) : "";
    const mismatch = confirmationProblem(report, confirmed);
    const intact = !report.findings.length && report.signatureOk && !mismatch;
    verdict.className = intact ? "intact" : "problem";
    const of = (...kinds) => report.findings.filter((f) => kinds.includes(f.kind));
    const changed = of("changed"), missing = of("missing"), added = of("added");
    const others = report.findings.filter((f) => !["changed", "missing", "added"].includes(f.kind));
    let headline;
    if (intact) {
      headline = `INTACT: all ${report.checked} files are exactly as they were when the bundle ` +
        "was signed, none is missing, none was added, and the signature is valid.";
    } else if (report.unsupported) {
      headline = "PROBLEM: this browser cannot check the bundle's signature (Ed25519), so the " +
        "bundle was not confirmed. Open this page in a current Chrome, Edge, Firefox or Safari, " +
        "or follow README-VERIFY.txt.";
    } else if (report.signatureOk && !mismatch && added.length === report.findings.length) {
      headline = `PROBLEM: ${added.length === 1 ? "an extra file was" : "extra files were"} ` +
        `added (named below), but every listed file matches and the signature is valid. A ` +
        "computer can add such files by itself (for example .DS_Store on a Mac); the signed " +
        "files are unchanged.";
    } else if (!report.findings.length && mismatch) {
      headline = "PROBLEM: every file matches and the signature is valid, but it was not " +
        "signed with the key whose fingerprint you entered.";
    } else {
      const count = report.findings.length + (mismatch ? 1 : 0);
      headline = `PROBLEM: this bundle is not as it was signed (${count} ` +
        `${count === 1 ? "finding" : "findings"}, listed below).`;
    }
    verdict.append(el("p", headline, "headline"));
    section(verdict, "Changed since it was signed", changed.map((f) => f.name));
    section(verdict, "Missing", missing.map((f) => f.name));
    section(verdict, "Added (not listed in SHA256SUMS)", added.map((f) => f.name));
    section(verdict, "Other problems", [...others.map((f) => f.message), ...(mismatch ? [mismatch] : [])]);
    if (typed && !confirmed) {
      verdict.append(el("p", "The fingerprint you entered cannot be read: it should be 64 " +
        "characters 0-9 and a-f (spaces do not matter). It was not compared."));
    }
    if (report.fingerprint) {
      verdict.append(el("h2", report.signatureOk ? "The signing-key fingerprint to compare"
        : "The fingerprint of the key in this bundle (it did not sign SHA256SUMS as it stands)"));
      const line = el("p");
      line.append(el("span", report.fingerprint, "fingerprint"));
      line.lastChild.id = "fingerprint";
      verdict.append(line);
      verdict.append(el("p", confirmed && !mismatch
        ? "It matches the fingerprint you entered."
        : "Compare it with the fingerprint the sender gave you by phone or on paper. Only if " +
          "they match was the bundle signed with the sender's journal."));
      if (report.keyChain.length > 1) {
        section(verdict, "This journal's signing keys, oldest first (each announced the next)",
          report.keyChain.map(([fp, since]) => `${fp} (in use from ${since ?? "an unrecorded time"})`));
      }
    }
    if (report.sourceProblems.length) {
      section(verdict, "What the sender's journal stated about itself (signed with the bundle)",
        report.sourceProblems);
    }
  }

  function renderFailure(message) {
    lastReport = null;
    const verdict = $("verdict");
    verdict.className = "problem";
    verdict.replaceChildren(el("p", `PROBLEM: ${message}`, "headline"));
  }

  let run = 0;
  async function check(makeSource, label) {
    const mine = ++run;
    const alive = () => { if (mine !== run) throw new Superseded(); };
    const bar = $("progress");
    bar.hidden = false;
    bar.value = 0;
    $("verdict").className = "";
    $("verdict").replaceChildren(el("p", `Checking ${shown(label)}…`));
    try {
      const report = await verify(makeSource(), (share) => { bar.value = share; }, alive);
      alive();
      render(report);
    } catch (error) {
      if (error instanceof Superseded) return;
      if (error instanceof NotABundle) {
        renderFailure(`${shown(label)} is not an export bundle from this app (${error.message}).`);
      } else {
        renderFailure(`${shown(label)} could not be checked (${error && error.message ? error.message : error}). ` +
          "Nothing was confirmed.");
      }
    } finally {
      if (mine === run) bar.hidden = true;
    }
  }

  async function start() {
    if (!window.crypto || !crypto.subtle || typeof DecompressionStream === "undefined") {
      const notice = $("notice");
      notice.hidden = false;
      notice.textContent = "This browser lacks the cryptography this page needs. Open it in a " +
        "current Chrome, Edge, Firefox or Safari, or follow README-VERIFY.txt.";
      return;
    }
    if (!(await ed25519Supported())) {
      const notice = $("notice");
      notice.hidden = false;
      notice.textContent = "This browser cannot check Ed25519 signatures: it can compare the " +
        "files' SHA-256 hashes but not the signature, so it will never report INTACT. Use a " +
        "current Chrome, Edge, Firefox or Safari for the full check.";
    }
    $("zip").addEventListener("change", (event) => {
      const file = event.target.files[0];
      if (file) check(() => new ZipSource(file), file.name);
    });
    $("folder").addEventListener("change", (event) => {
      const files = Array.from(event.target.files);
      if (files.length) check(() => new FolderSource(files), "the chosen folder");
    });
    $("confirmed").addEventListener("input", () => { if (lastReport) render(lastReport); });
  }

  // For the project's own tests of the streaming hash against a known one.
  window.bundleCheck = Object.freeze({ Sha256 });
  start();
