package plandoc.render.portal;

import java.io.OutputStream;
import java.util.Arrays;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting front for the JDK's StAX writer (which escapes, and never indents): one element a
 * line, so the feed and the sitemap read and diff well. Output is UTF-8 with "\n" line ends.
 */
final class XmlOutput {
    private final Bytes bytes = new Bytes();
    private final XMLStreamWriter xml;
    private int depth;

    XmlOutput(String rootNamespace, String root) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(rootNamespace);
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(rootNamespace);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** xml:lang, xml:base. */
    XmlOutput xmlAttribute(String name, String value) {
        try {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOutput start(String name) {
        try {
            indent();
            xml.writeStartElement(name);
            depth++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOutput end() {
        try {
            depth--;
            indent();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding text. */
    XmlOutput text(String name, String text) {
        try {
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An empty element; add its attributes with {@link #attribute}. */
    XmlOutput empty(String name) {
        try {
            indent();
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    byte[] finish() {
        try {
            depth = 0;
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        // The JDK's UTF-8 StAX writer encodes every char it is given as valid UTF-8 (a surrogate joins the
        // next char, whatever it is), so decoding and encoding again gave the same bytes: not done (issue 17).
        return bytes.toByteArray();
    }

    /**
     * The bytes written, in an array that grows. Not a {@link java.io.ByteArrayOutputStream}: the StAX
     * writer hands it its UTF-8 one byte at a time, and each of that stream's writes takes a lock — a
     * fifth of writing the feed of 200 plans in a one-plan build (issue 17).
     */
    private static final class Bytes extends OutputStream {
        private byte[] buffer = new byte[1 << 16];
        private int size;

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            java.util.Objects.checkFromIndexSize(offset, length, b.length);
            if (size + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
            }
            System.arraycopy(b, offset, buffer, size, length);
            size += length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
