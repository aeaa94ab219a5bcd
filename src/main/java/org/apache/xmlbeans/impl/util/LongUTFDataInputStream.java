/*
 * Apache XMLBeans 5.3.0's org.apache.xmlbeans.impl.util.LongUTFDataInputStream (Apache License 2.0, like
 * the library; https://xmlbeans.apache.org), patched by plandoc. This copy is found before the library's
 * jar on the class path and replaces its class. The change is marked "plandoc patch"; the rest is the
 * library's code unchanged.
 *
 * Why (issue 17, docs/benchmarks.md "s8-office"): every compiled schema type (.xsb) XMLBeans reads starts
 * with a pool of strings, and the type system's index holds the names of all OOXML types: tens of thousands
 * of strings in a fresh JVM for a plan's Word and Excel files. The library's readLongUTF allocates a 4 KB
 * buffer per string and reads it one byte at a time through a lambda, which in a cold JVM is most of the
 * cost of reading the index. The patch reads the string's bytes at once and decodes them in one loop:
 * the same modified UTF-8 (as DataInputStream.readUTF and the library's LongUTFDataOutputStream), the
 * same strings, the same exceptions for malformed input.
 *
 * When upgrading XMLBeans: diff this file against the new version's class.
 */
/*   Copyright 2004 The Apache Software Foundation
 *
 *   Licensed under the Apache License, Version 2.0 (the "License");
 *   you may not use this file except in compliance with the License.
 *   You may obtain a copy of the License at
 *
 *       http://www.apache.org/licenses/LICENSE-2.0
 *
 *   Unless required by applicable law or agreed to in writing, software
 *   distributed under the License is distributed on an "AS IS" BASIS,
 *   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 *   See the License for the specific language governing permissions and
 *  limitations under the License.
 */

package org.apache.xmlbeans.impl.util;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;

import static org.apache.xmlbeans.impl.util.LongUTFDataOutputStream.MAX_UNSIGNED_SHORT;

/**
 * This class works around the size limitation of UTF strings (&lt; 64kb) of DataInputStream
 * and needs to be used with LongUTFDataOutputStream
 */
public class LongUTFDataInputStream extends DataInputStream {
    public LongUTFDataInputStream(InputStream in) {
        super(in);
    }

    public int readUnsignedShortOrInt() throws IOException {
        return readUnsignedShortOrInt(this);
    }

    public static int readUnsignedShortOrInt(DataInputStream dis) throws IOException {
        int value = dis.readUnsignedShort();
        if (value == MAX_UNSIGNED_SHORT) {
            value = dis.readInt();
        }
        return value;
    }

    public String readLongUTF() throws IOException {
        // plandoc patch: the string's bytes read at once, then decoded in one loop (ASCII, nearly every
        // schema name, straight into a Latin-1 string) instead of byte by byte through a lambda.
        final int utfLen = readUnsignedShortOrInt();
        final byte[] bytes = new byte[utfLen];
        readFully(bytes);

        int ascii = 0;
        while (ascii < utfLen && bytes[ascii] >= 0) {
            ascii++;
        }
        if (ascii == utfLen) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        final char[] chars = new char[utfLen];
        int length = 0;
        for (int i = 0; i < ascii; i++) {
            chars[length++] = (char) bytes[i];
        }
        int readLen = ascii;
        while (readLen < utfLen) {
            int c = bytes[readLen++] & 0xff;
            switch (c >> 4) {
                case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
                    /* 0xxxxxxx*/
                    chars[length++] = (char) c;
                    break;
                case 12: case 13: {
                    /* 110x xxxx   10xx xxxx*/
                    if (readLen + 1 > utfLen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int char2 = bytes[readLen++];
                    if ((char2 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + readLen);
                    }
                    chars[length++] = (char) (((c & 0x1F) << 6) | (char2 & 0x3F));
                    break;
                }
                case 14: {
                    /* 1110 xxxx  10xx xxxx  10xx xxxx */
                    if (readLen + 2 > utfLen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int char2 = bytes[readLen++];
                    int char3 = bytes[readLen++];
                    if (((char2 & 0xC0) != 0x80) || ((char3 & 0xC0) != 0x80)) {
                        throw new UTFDataFormatException("malformed input around byte " + (readLen - 1));
                    }
                    chars[length++] = (char) (((c & 0x0F) << 12) |
                                              ((char2 & 0x3F) << 6) |
                                              ((char3 & 0x3F)));
                    break;
                }
                default:
                    /* 10xx xxxx,  1111 xxxx */
                    throw new UTFDataFormatException("malformed input around byte " + readLen);
            }
        }
        return new String(chars, 0, length);
    }
}
