import iconv from "iconv-lite";
import { decodeTextBytes, TextDecodeError } from "../../../src/core/text/decode";
import { decodeText as paneDecode, ImportError } from "../../../src/taskpane/text-file";

const TEXT = "2020年本年收入合计3190.21万元，其中：一般公共预算财政拨款收入1414.49万元，占45%。";

describe("decodeTextBytes", () => {
  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8")],
    ["UTF-8", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])],
    ["GB18030", iconv.encode(TEXT, "gb18030")],
    ["GB18030", iconv.encode(TEXT, "gbk")],
    ["UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, "utf16le")])],
    ["UTF-16BE", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, "utf16-be")])],
  ])("reads %s", (encoding, bytes) => {
    expect(decodeTextBytes(new Uint8Array(bytes), "x.txt")).toEqual({ text: TEXT, encoding });
  });

  it.each([
    ["empty", new Uint8Array(0), "文件为空"],
    ["a BOM alone", new Uint8Array([0xef, 0xbb, 0xbf]), "文件为空"],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "不是文本文件"],
  ])("refuses %s, in both languages", (_, bytes, zh) => {
    expect(() => decodeTextBytes(bytes, "x")).toThrow(TextDecodeError);
    try {
      decodeTextBytes(bytes, "x");
    } catch (e) {
      expect((e as TextDecodeError).zh).toContain(zh);
      expect((e as TextDecodeError).en.length).toBeGreaterThan(0);
    }
  });

  it("the task pane reads a UTF-16 file instead of garbling it as GB18030", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, "utf16le")]);
    expect(paneDecode(new Uint8Array(bytes), "u.txt").text).toBe(TEXT);
    expect(() => paneDecode(new Uint8Array([1, 0, 2]), "b.bin")).toThrow(ImportError);
  });
});
