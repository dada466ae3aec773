  // helpers.js: constants, small helpers, and the streaming SHA-256
  const SUMS = "SHA256SUMS", SIGNATURE = "SHA256SUMS.sig", PUBLIC_KEY = "vault_pub.pem";
  const MANIFEST = "manifest.json", KEY_HISTORY = "key_history.json";
  const BLOCK = 1 << 20;
  const MAX_RATIO = 1100; // deflate cannot expand more than about 1032:1
  const SMALL_LIMIT = 16 << 20; // SHA256SUMS, the key, the signature, the manifest
  const WHOLE_LIMIT = 64 << 20; // larger files are hashed as they stream past
  const ED25519_SPKI = "302a300506032b6570032100";
  const te = new TextEncoder();

  class NotABundle extends Error {}
  class Damaged extends Error {}
  class Superseded extends Error {}

  // ---- small helpers -------------------------------------------------------------------
  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const grouped = (digits) => digits.replace(/(.{4})(?!$)/g, "$1 ");
  function fromHex(text) {
    if (typeof text !== "string" || !/^([0-9a-fA-F]{2})*$/.test(text)) throw new Damaged("not hex");
    const out = new Uint8Array(text.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(text.substr(2 * i, 2), 16);
    return out;
  }
  function utf8(bytes) {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  }
  /** A name as it may be shown: invisible and direction-changing characters made visible. */
  function shown(name) {
    return String(name).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
      (ch) => "[U+" + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0") + "]");
  }
  /** Why a member name could escape or mislead when unpacked; "" when it is safe. */
  function unsafeName(name) {
    if (!name || name.includes("\0") || name.includes("\\")) {
      return "has a backslash or an empty or NUL character";
    }
    if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "is an absolute path";
    if (name.split("/").includes("..")) return "points outside the bundle (..)";
    if (/[\x00-\x1f]/.test(name)) return "contains control characters";
    return "";
  }
  function normaliseFingerprint(text) {
    const digits = String(text).replace(/[\s:\-]/g, "").toLowerCase();
    return /^[0-9a-f]{64}$/.test(digits) ? digits : null;
  }
  const bytesOf = async (blob) => new Uint8Array(await blob.arrayBuffer());

  // ---- SHA-256 for files too large to hold in memory (WebCrypto has no streaming digest)
  const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);
  const ror = (x, n) => (x >>> n) | (x << (32 - n));
  class Sha256 {
    constructor() {
      this.h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
      this.buffer = new Uint8Array(64);
      this.buffered = 0;
      this.total = 0;
      this.w = new Uint32Array(64);
    }
    update(data) {
      let i = 0;
      this.total += data.length;
      if (this.buffered) {
        i = Math.min(64 - this.buffered, data.length);
        this.buffer.set(data.subarray(0, i), this.buffered);
        this.buffered += i;
        if (this.buffered < 64) return;
        this.block(this.buffer, 0);
        this.buffered = 0;
      }
      for (; i + 64 <= data.length; i += 64) this.block(data, i);
      if (i < data.length) {
        this.buffer.set(data.subarray(i));
        this.buffered = data.length - i;
      }
    }
    block(d, o) {
      const w = this.w, h = this.h;
      for (let t = 0; t < 16; t++) {
        const p = o + 4 * t;
        w[t] = (d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3];
      }
      for (let t = 16; t < 64; t++) {
        const a = w[t - 15], b = w[t - 2];
        const s0 = ror(a, 7) ^ ror(a, 18) ^ (a >>> 3), s1 = ror(b, 17) ^ ror(b, 19) ^ (b >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      let a = h[0] | 0, b = h[1] | 0, c = h[2] | 0, e0 = h[3] | 0;
      let e = h[4] | 0, f = h[5] | 0, g = h[6] | 0, hh = h[7] | 0;
      for (let t = 0; t < 64; t++) {
        const t1 = (hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        const t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        hh = g; g = f; f = e; e = (e0 + t1) | 0; e0 = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] += a; h[1] += b; h[2] += c; h[3] += e0; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
    hexdigest() {
      const total = this.total;
      const tail = new Uint8Array(((this.buffered + 9 + 63) >> 6) << 6);
      tail.set(this.buffer.subarray(0, this.buffered));
      tail[this.buffered] = 0x80;
      const view = new DataView(tail.buffer);
      view.setUint32(tail.length - 8, Math.floor(total / 0x20000000));
      view.setUint32(tail.length - 4, (total % 0x20000000) * 8);
      for (let o = 0; o < tail.length; o += 64) this.block(tail, o);
      const out = new DataView(new ArrayBuffer(32));
      this.h.forEach((word, i) => out.setUint32(4 * i, word));
      return hex(new Uint8Array(out.buffer));
    }
  }

