#!/usr/bin/env python3
"""Writes the small bad-input files of CorpusTests (committed; rerun to regenerate).
Large cases (a 10 MB cell, 20,000 columns) and special files (a FIFO, a directory) are made by
the tests themselves."""
import pathlib

HERE = pathlib.Path(__file__).parent
HEADER = "資産ID,情報資産の名称,機密性,完全性,可用性\n"


def write(name, data):
    (HERE / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


write("unterminated-quote.csv", HEADER + "A-1,会計,3,2,1\nA-2,\"閉じない,2,2,2\nA-3,給与,1,1,1\n")
write("stray-quote.csv", HEADER + "A-1,19\"モニター,3,2,1\n")
write("text-after-quote.csv", HEADER + "A-1,\"会計\"システム,3,2,1\n")
write("ragged-rows.csv", HEADER + "A-1,会計,3,2,1,はみ出し\nA-2,給与\n")
write("nul-bytes.csv", (HEADER + "A-1,会\x00計,3,2,1\n"))
write("invalid-utf8.csv", HEADER.encode() + b"A-1,\xe4\xbc\x9a\xff\xfe,3,2,1\n")
write("invalid-sjis.csv", HEADER.encode("cp932") + b"A-1,\x89\xef\x82\x20,3,2,1\n")
write("utf16-no-bom.txt", ("資産ID\t情報資産の名称\t機密性\nA-1\tServer\t3\n").encode("utf-16-le"))
write("mixed-line-ends.csv", HEADER.replace("\n", "\r\n") + "A-1,会計,3,2,1\nA-2,給与,2,2,2\r\n")
write("header-repeated.csv", HEADER + "A-1,会計,3,2,1\n" + HEADER + "A-2,給与,2,2,2\n")
write("bom-only.csv", b"\xef\xbb\xbf")
write("empty.csv", b"")
write("no-header.csv", "foo,bar\n1,2\n")
write("formula-like.csv", "資産ID,情報資産の名称,機密性,メモ\n"
      "A-1,\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",3,\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"\n"
      "A-2,+81-3-0000,2,+81-3-0000\nA-3,@SUM(1),1,@SUM(1)\nA-4,-1+1,1,-1+1\n"
      "A-5,tab,1,\"\tTAB\"\nA-6,cr,1,\"\rCR\"\n")
