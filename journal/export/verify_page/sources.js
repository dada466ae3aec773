  // sources.js: reading the bundle: the zip without trusting its headers, or an unpacked folder
  // ---- the bundle as a zip, read without trusting its headers ---------------------------
  const METHODS = { 9: "Deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "XZ", 98: "PPMd" };
  const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

  class ZipSource {
    constructor(file) {
      this.file = file;
      this.members = new Map();
      this.bad = new Set();
    }
    async slice(start, end) {
      return bytesOf(this.file.slice(start, end));
    }
    /** Bytes [start, end) through a 1 MiB window, so that the many small reads of local
     *  headers in file order cost one read of the file per window, not one each. */
    async windowed(start, end) {
      const w = this.window;
      if (!w || start < w.start || end > w.start + w.bytes.length) {
        if (end - start > BLOCK) return this.slice(start, end);
        this.window = { start, bytes: await this.slice(start, start + BLOCK) };
      }
      const from = start - this.window.start;
      return this.window.bytes.slice(from, from + (end - start));
    }
    async read(report) {
      const size = this.file.size;
      if (size < 22) throw new NotABundle("it is too short to be a zip file");
      const tailStart = Math.max(0, size - 22 - 0xffff);
      const tail = await this.slice(tailStart, size);
      const tv = new DataView(tail.buffer);
      let at = -1;
      for (let i = tail.length - 22; i >= 0; i--) {
        if (tv.getUint32(i, true) === 0x06054b50) { at = i; break; }
      }
      if (at < 0) throw new NotABundle("it is not a zip file");
      const endAt = tailStart + at;
      let count = tv.getUint16(at + 10, true);
      let dirSize = tv.getUint32(at + 12, true);
      let dirOffset = tv.getUint32(at + 16, true);
      const comment = tv.getUint16(at + 20, true);
      let dirEnd = endAt; // where the central directory should end
      if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
        const locator = await this.slice(Math.max(0, endAt - 20), endAt);
        const lv = new DataView(locator.buffer);
        if (locator.length === 20 && lv.getUint32(0, true) === 0x07064b50) {
          const recordAt = Number(lv.getBigUint64(8, true));
          const record = await this.slice(recordAt, recordAt + 56);
          const rv = new DataView(record.buffer);
          if (record.length < 56 || rv.getUint32(0, true) !== 0x06064b50) {
            throw new NotABundle("its zip64 end record is damaged");
          }
          count = Number(rv.getBigUint64(32, true));
          dirSize = Number(rv.getBigUint64(40, true));
          dirOffset = Number(rv.getBigUint64(48, true));
          dirEnd = recordAt;
        }
      }
      const dirStart = dirEnd - dirSize;
      const shift = dirStart - dirOffset; // bytes placed before the zip, as zip readers allow
      if (dirStart < 0 || shift < 0 || count > dirSize / 46) {
        throw new NotABundle("its central directory is damaged");
      }
      if (dirSize > 256 << 20) throw new NotABundle("its central directory is far too large");
      const dir = await this.slice(dirStart, dirEnd);
      const entries = this.entries(dir, count, shift);
      await this.checkLayout(entries, dirStart, endAt + 22, comment, report);
      for (const entry of entries) {
        if (entry.name.endsWith("/")) continue;
        let why = this.problem(entry);
        if (!why && this.members.has(entry.name)) why = `${entry.name} appears more than once in the zip`;
        if (why) {
          report.add("unsafe", entry.name, why);
          this.bad.add(entry.name);
        }
        if (!this.members.has(entry.name)) this.members.set(entry.name, entry);
      }
    }
    entries(dir, count, shift) {
      const dv = new DataView(dir.buffer);
      const list = [];
      let p = 0;
      for (let n = 0; n < count; n++) {
        if (p + 46 > dir.length || dv.getUint32(p, true) !== 0x02014b50) {
          throw new NotABundle("its central directory is damaged");
        }
        const entry = {
          system: dv.getUint16(p + 4, true) >> 8,
          flags: dv.getUint16(p + 8, true),
          method: dv.getUint16(p + 10, true),
          compressed: dv.getUint32(p + 20, true),
          size: dv.getUint32(p + 24, true),
          attributes: dv.getUint32(p + 38, true),
          offset: dv.getUint32(p + 42, true),
        };
        const nameLength = dv.getUint16(p + 28, true), extraLength = dv.getUint16(p + 30, true);
        const commentLength = dv.getUint16(p + 32, true);
        const end = p + 46 + nameLength + extraLength + commentLength;
        if (end > dir.length) throw new NotABundle("its central directory is damaged");
        const rawName = dir.subarray(p + 46, p + 46 + nameLength);
        entry.nameProblem = "";
        try {
          entry.name = utf8(rawName);
          if (!(entry.flags & 0x800) && rawName.some((b) => b > 0x7f)) {
            entry.nameProblem = "has a name in an old encoding that this page does not read";
          }
        } catch {
          entry.name = Array.from(rawName, (b) => String.fromCharCode(b)).join("");
          entry.nameProblem = "has a name that is not valid UTF-8";
        }
        this.zip64(entry, dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
        entry.offset += shift;
        list.push(entry);
        p = end;
      }
      return list;
    }
    zip64(entry, extra) {
      const dv = new DataView(extra.buffer, extra.byteOffset, extra.length);
      for (let q = 0; q + 4 <= extra.length;) {
        const id = dv.getUint16(q, true), length = dv.getUint16(q + 2, true);
        if (id === 0x0001) {
          let r = q + 4;
          for (const field of ["size", "compressed", "offset"]) {
            if (entry[field] === 0xffffffff && r + 8 <= q + 4 + length && r + 8 <= extra.length) {
              entry[field] = Number(dv.getBigUint64(r, true));
              r += 8;
            }
          }
        }
        q += 4 + length;
      }
    }
    /** Why this member is not opened at all; "" when it may be read. */
    problem(entry) {
      const name = entry.name;
      const why = entry.nameProblem || unsafeName(name);
      if (why) return `${JSON.stringify(name)} ${why}; it was not opened`;
      const type = (entry.attributes >>> 16) & S_IFMT;
      if (entry.system === 3 && type && type !== S_IFREG) {
        return type === S_IFLNK ? `${name} is a link; links are not followed`
          : `${name} is not a regular file; it was not opened`;
      }
      if (entry.flags & 0x1) return `${name} is encrypted inside the zip`;
      if (entry.method !== 0 && entry.method !== 8) {
        const method = METHODS[entry.method] || `compression method ${entry.method}`;
        return `${name} is compressed with ${method}; bundles from this app only store or ` +
          "deflate their files, so it was not opened";
      }
      if (entry.size > MAX_RATIO * entry.compressed + BLOCK) {
        return `${name} declares an impossible size; not opened`;
      }
      return "";
    }
    /** Name overlapping members and bytes that belong to no member. */
    async checkLayout(entries, dirStart, afterEnd, comment, report) {
      const spans = [];
      for (const entry of [...entries].sort((x, y) => x.offset - y.offset)) {
        const head = await this.windowed(entry.offset, entry.offset + 30);
        const hv = new DataView(head.buffer);
        if (head.length < 30 || hv.getUint32(0, true) !== 0x04034b50) continue;
        entry.dataStart = entry.offset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
        let end = entry.dataStart + entry.compressed;
        if (entry.flags & 0x8) {
          const marker = await this.windowed(end, end + 4);
          const signed = marker.length === 4 && new DataView(marker.buffer).getUint32(0, true) === 0x08074b50;
          end += (signed ? 4 : 0) + (entry.size >= 0xffffffff ? 20 : 12);
        }
        spans.push([entry.offset, end, entry.name]);
      }
      spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      let cursor = 0, previous = "";
      const hidden = (count, where) => report.add("hidden", "",
        `the zip holds ${count} bytes ${where} that belong to no file and are not covered by the signature`);
      for (const [start, end, name] of spans) {
        if (start < cursor) {
          this.bad.add(name); this.bad.add(previous);
          report.add("unsafe", name, `${name} shares its bytes with ${previous} (overlapping ` +
            "members, the trick of zip bombs); neither was opened");
        } else if (start > cursor) {
          hidden(start - cursor, cursor === 0 ? "before the first file" : `after ${previous}`);
        }
        if (end > cursor) { cursor = end; previous = name; }
      }
      if (dirStart < cursor) {
        report.add("unsafe", previous, `${previous} runs into the zip's central directory`);
        this.bad.add(previous);
      } else if (dirStart > cursor) {
        hidden(dirStart - cursor, spans.length ? `after ${previous}` : "before the first file");
      }
      if (comment) {
        report.add("hidden", "", `the zip has a comment (${comment} bytes); a bundle from this ` +
          "app has none, and the signature does not cover it");
      }
      const trailing = this.file.size - (afterEnd + comment);
      if (trailing > 0) hidden(trailing, "after its end");
    }
    names() { return new Set(this.members.keys()); }
    size(name) { return this.members.get(name).size; }
    /** The member's bytes; never more than it declares, whatever its stream holds. */
    async *blocks(name) {
      const entry = this.members.get(name);
      if (this.bad.has(name) || entry.dataStart === undefined) {
        throw new Damaged("the zip is damaged there");
      }
      const end = entry.dataStart + entry.compressed;
      let raw = this.file.slice(entry.dataStart, end);
      if (raw.size !== entry.compressed) throw new Damaged("the zip is damaged there");
      if (entry.compressed <= BLOCK) raw = new Blob([await this.windowed(entry.dataStart, end)]);
      if (entry.method === 0) {
        if (entry.compressed !== entry.size) throw new Damaged("the zip is damaged there");
        for (let p = 0; p < entry.size; p += BLOCK) yield await bytesOf(raw.slice(p, p + BLOCK));
        return;
      }
      let left = entry.size;
      const reader = raw.stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
      try {
        for (;;) {
          let step;
          try { step = await reader.read(); } catch { throw new Damaged("the zip is damaged there"); }
          if (step.done) break;
          left -= step.value.length;
          if (left < 0) throw new Damaged(`${name} holds more data than it declares`);
          yield step.value;
        }
      } finally {
        reader.cancel().catch(() => {});
      }
      if (left !== 0) throw new Damaged("the zip is damaged there");
    }
  }

  // ---- the bundle as an unpacked folder ---------------------------------------------------
  class FolderSource {
    constructor(files) {
      this.files = new Map();
      this.bad = new Set();
      const paths = files.map((f) => f.webkitRelativePath || f.name);
      const tops = new Set(paths.map((p) => p.split("/")[0]));
      const strip = tops.size === 1 && paths.every((p) => p.includes("/"));
      files.forEach((file, i) => {
        this.files.set(strip ? paths[i].slice(paths[i].indexOf("/") + 1) : paths[i], file);
      });
    }
    names() { return new Set(this.files.keys()); }
    size(name) { return this.files.get(name).size; }
    async *blocks(name) {
      const file = this.files.get(name);
      for (let p = 0; p < file.size; p += BLOCK) yield await bytesOf(file.slice(p, p + BLOCK));
    }
  }

