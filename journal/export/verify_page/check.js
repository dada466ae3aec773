  // check.js: the check, in the same order and with the same findings as the app's verify
  // ---- the check, in the same order and with the same findings as the app's verify -------
  class Report {
    constructor() {
      this.findings = [];
      this.checked = 0;
      this.fingerprint = "";
      this.signatureOk = false;
      this.unsupported = false;
      this.keyChain = [];
      this.sourceProblems = [];
    }
    add(kind, name, message) { this.findings.push({ kind, name, message }); }
  }

  async function readSmall(source, name) {
    if (source.size(name) > SMALL_LIMIT) throw new Damaged(`${name} is far too large`);
    return collect(source, name, source.size(name), () => {});
  }

  async function collect(source, name, size, step) {
    const out = new Uint8Array(size);
    let at = 0;
    for await (const block of source.blocks(name)) {
      if (at + block.length > size) throw new Damaged(`${name} holds more data than it declares`);
      out.set(block, at);
      at += block.length;
      step(block.length);
    }
    if (at !== size) throw new Damaged(`${name} is shorter than it declares`);
    return out;
  }

  async function digestOf(source, name, step) {
    const size = source.size(name);
    if (size <= WHOLE_LIMIT) {
      const data = await collect(source, name, size, step);
      return hex(new Uint8Array(await crypto.subtle.digest("SHA-256", data)));
    }
    const hash = new Sha256();
    for await (const block of source.blocks(name)) {
      hash.update(block);
      step(block.length);
    }
    return hash.hexdigest();
  }

  const readable = (source, name) => source.names().has(name) && !source.bad.has(name);

  function parseSums(bytes, report) {
    const listed = new Map();
    let text;
    try { text = utf8(bytes); } catch {
      report.add("damaged", SUMS, "SHA256SUMS is not readable text");
      return listed;
    }
    const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    lines.forEach((line, i) => {
      const match = /^([0-9a-fA-F]{64}) [ *](.+)$/su.exec(line);
      if (!match) {
        report.add("damaged", SUMS, `line ${i + 1} of SHA256SUMS cannot be read`);
        return;
      }
      const [, digest, name] = match;
      if (unsafeName(name) || name === SUMS || name === SIGNATURE || listed.has(name)) {
        report.add("unsafe", name, `SHA256SUMS lists ${JSON.stringify(name)}, which is not allowed`);
        return;
      }
      listed.set(name, digest.toLowerCase());
    });
    return listed;
  }

  async function importEd25519(raw) {
    return crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]);
  }

  async function ed25519Supported() {
    try {
      await importEd25519(fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
      return true;
    } catch {
      return false;
    }
  }

  function rawFromPem(bytes) {
    const text = utf8(bytes);
    const body = /-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----/.exec(text);
    if (!body) throw new Damaged("not a public key");
    const der = Uint8Array.from(atob(body[1].replace(/\s+/g, "")), (c) => c.charCodeAt(0));
    if (der.length !== 44 || hex(der.subarray(0, 12)) !== ED25519_SPKI) {
      throw new Damaged("not an Ed25519 public key");
    }
    return der.subarray(12);
  }

  async function fingerprintOf(raw) {
    return grouped(hex(new Uint8Array(await crypto.subtle.digest("SHA-256", raw))));
  }

  async function checkSignature(source, sums, report) {
    for (const needed of [PUBLIC_KEY, SIGNATURE]) {
      if (!readable(source, needed)) {
        report.add("signature", needed, `${needed} is missing, so the signature cannot be checked`);
        return null;
      }
    }
    let raw, signature;
    try { raw = rawFromPem(await readSmall(source, PUBLIC_KEY)); } catch {
      report.add("signature", PUBLIC_KEY, `${PUBLIC_KEY} is not a valid Ed25519 public key`);
      return null;
    }
    try { signature = await readSmall(source, SIGNATURE); } catch {
      report.add("signature", SIGNATURE, `${SIGNATURE} cannot be read`);
      return null;
    }
    report.fingerprint = await fingerprintOf(raw);
    let key;
    try { key = await importEd25519(raw); } catch {
      if (!(await ed25519Supported())) {
        report.unsupported = true;
        report.add("signature", "", "this browser cannot check Ed25519 signatures, so the " +
          "signature was not checked. Use a current Chrome, Edge, Firefox or Safari, or the " +
          "steps in README-VERIFY.txt");
      } else {
        report.add("signature", PUBLIC_KEY, `${PUBLIC_KEY} is not a valid Ed25519 public key`);
      }
      return null;
    }
    const ok = signature.length === 64 &&
      await crypto.subtle.verify({ name: "Ed25519" }, key, signature, sums).catch(() => false);
    if (!ok) {
      report.add("signature", SUMS, "the signature does not match: SHA256SUMS or " +
        "SHA256SUMS.sig was changed, or they were signed by another key");
      return null;
    }
    report.signatureOk = true;
    return raw;
  }

  async function checkFiles(source, listed, report, progress, alive) {
    const names = source.names();
    const present = [...listed.keys()].filter((n) => names.has(n) && !source.bad.has(n));
    const total = present.reduce((sum, n) => sum + source.size(n), 0) || 1;
    let done = 0;
    for (const name of [...listed.keys()].sort()) {
      alive();
      if (!names.has(name)) { report.add("missing", name, `${name} is missing`); continue; }
      if (source.bad.has(name)) continue;
      let digest;
      try {
        digest = await digestOf(source, name, (n) => { alive(); done += n; progress(done / total); });
      } catch (error) {
        if (error instanceof Superseded) throw error;
        report.add("damaged", name, `${name} cannot be read (${error instanceof Damaged ? error.message : "the file cannot be opened"})`);
        continue;
      }
      report.checked += 1;
      if (digest !== listed.get(name)) {
        report.add("changed", name, `${name} was changed (its SHA-256 differs from SHA256SUMS)`);
      }
    }
    const extra = [...names].filter((n) => !listed.has(n) && n !== SUMS && n !== SIGNATURE && !source.bad.has(n));
    for (const name of extra.sort()) {
      report.add("added", name, `${name} was added: it is not listed in SHA256SUMS`);
    }
  }

  async function checkManifestKey(source, report) {
    if (!report.fingerprint || !readable(source, MANIFEST)) return;
    if (report.findings.some((f) => f.name === MANIFEST)) return;
    let named;
    try {
      const manifest = JSON.parse(utf8(await readSmall(source, MANIFEST)));
      named = manifest.signing_key_fingerprint ?? manifest.public_key_fingerprint;
      named = typeof named === "string" ? normaliseFingerprint(named) : null;
      const stated = manifest.source_journal;
      if (stated && typeof stated === "object" && stated.problems) {
        const list = Array.isArray(stated.problem_list) ? stated.problem_list.map(String) : [];
        report.sourceProblems = [String(stated.statement ?? ""), ...list];
      }
    } catch {
      report.add("damaged", MANIFEST, `${MANIFEST} cannot be read as the bundle's manifest`);
      return;
    }
    if (!named) {
      report.add("fingerprint", MANIFEST, `${MANIFEST} does not name the signing key`);
    } else if (named !== normaliseFingerprint(report.fingerprint)) {
      report.add("fingerprint", MANIFEST, `${MANIFEST} names the signing key ${grouped(named)}, ` +
        `but the bundle was signed by the key ${report.fingerprint}: it was signed again by someone else`);
    }
  }

  function statement(journalId, previous, next, since) {
    return te.encode("incident-journal signing-key succession 1\n" +
      `journal id: ${journalId}\nprevious key: ${previous}\nnew key: ${next}\n` +
      `new key in use from: ${since}\n`);
  }

  async function checkKeyHistory(source, signer, report) {
    if (!readable(source, KEY_HISTORY)) {
      if (report.fingerprint) report.keyChain = [[report.fingerprint, null]];
      return;
    }
    let keys, journalId, raws;
    try {
      const parsed = JSON.parse(utf8(await readSmall(source, KEY_HISTORY)));
      ({ keys, journal_id: journalId } = parsed);
      if (parsed.format !== "incident-journal-key-history" || !Array.isArray(keys) || !keys.length ||
          typeof journalId !== "string") throw new Damaged("not a key history");
      raws = keys.map((k) => fromHex(k.public_key));
      if (raws.some((r) => r.length !== 32)) throw new Damaged("not a key");
    } catch {
      report.add("damaged", KEY_HISTORY, `${KEY_HISTORY} cannot be read as a key history`);
      return;
    }
    for (let i = 0; i < keys.length; i++) {
      const since = keys[i].in_use_from;
      report.keyChain.push([await fingerprintOf(raws[i]), typeof since === "string" ? since : null]);
      if (i === 0 || report.unsupported) continue;
      let ok = false;
      try {
        if (typeof since !== "string") throw new Damaged("no time");
        const signature = fromHex(keys[i].signature_by_previous_key);
        const previous = await importEd25519(raws[i - 1]);
        const signed = statement(journalId, hex(raws[i - 1]), hex(raws[i]), since);
        ok = await crypto.subtle.verify({ name: "Ed25519" }, previous, signature, signed);
      } catch { ok = false; }
      if (!ok) {
        report.add("key_history", KEY_HISTORY, `key ${i + 1} in key_history.json was not ` +
          `announced by key ${i}: its succession signature does not match`);
      }
    }
    if (signer && hex(raws[raws.length - 1]) !== hex(signer)) {
      report.add("key_history", KEY_HISTORY,
        "key_history.json does not end at the key that signed this bundle (vault_pub.pem)");
    }
  }

  async function verify(source, progress, alive) {
    const report = new Report();
    if (source instanceof ZipSource) await source.read(report);
    const names = source.names();
    if (!names.has(SUMS) && !names.has(MANIFEST)) {
      throw new NotABundle("it has no SHA256SUMS and no manifest.json");
    }
    if (!readable(source, SUMS)) {
      report.add("missing", SUMS, "SHA256SUMS is missing, so no file can be checked");
      return report;
    }
    let sums;
    try { sums = await readSmall(source, SUMS); } catch (error) {
      report.add("damaged", SUMS, `SHA256SUMS cannot be read (${error.message})`);
      return report;
    }
    const signer = await checkSignature(source, sums, report);
    const listed = parseSums(sums, report);
    await checkFiles(source, listed, report, progress, alive);
    await checkManifestKey(source, report);
    await checkKeyHistory(source, signer, report);
    return report;
  }

