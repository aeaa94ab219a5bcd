/*
 * Apache POI 5.5.1's org.apache.poi.openxml4j.opc.StreamHelper (Apache License 2.0, like the library;
 * https://poi.apache.org), patched by plandoc. This copy is found before the library's jar on the class
 * path and replaces its class. The change is marked "plandoc patch"; the rest is the library's code
 * unchanged.
 *
 * Why (issue 17, docs/benchmarks.md "Word and Excel files in a cold process"): POI writes a package's
 * small parts ([Content_Types].xml, the relationships, docProps/core.xml) from a W3C DOM through the
 * JDK's XSLT identity transformer; in a fresh JVM that first transform (the transformer factory, XSLTC's
 * output handler and the serializer's encoding table) cost ~35 ms of the ~430 ms a plan's Word and Excel
 * files take. plandoc.render.office.PackageXml writes those documents directly, the same bytes; a
 * document it does not know to write exactly as the transformer would goes through the transformer.
 *
 * When upgrading POI: diff this file against the new version's class; plandoc.render.office.PackageXmlTest
 * compares PackageXml with the transformer.
 */
/* ====================================================================
   Licensed to the Apache Software Foundation (ASF) under one or more
   contributor license agreements.  See the NOTICE file distributed with
   this work for additional information regarding copyright ownership.
   The ASF licenses this file to You under the Apache License, Version 2.0
   (the "License"); you may not use this file except in compliance with
   the License.  You may obtain a copy of the License at

       http://www.apache.org/licenses/LICENSE-2.0

   Unless required by applicable law or agreed to in writing, software
   distributed under the License is distributed on an "AS IS" BASIS,
   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   See the License for the specific language governing permissions and
   limitations under the License.
==================================================================== */

package org.apache.poi.openxml4j.opc;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Result;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Internal;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;

@Internal
public final class StreamHelper {

    private StreamHelper() {
        // Do nothing
    }

    /**
     * Save the document object in the specified output stream.
     *
     * @param xmlContent
     *            The XML document.
     * @param outStream
     *            The OutputStream in which the XML document will be written.
     * @return <b>true</b> if the xml is successfully written in the stream,
     *         else <b>false</b>.
     */
    public static boolean saveXmlInStream(Document xmlContent,
                                          OutputStream outStream) {
        try {
            // https://bz.apache.org/bugzilla/show_bug.cgi?id=67396
            xmlContent.setXmlStandalone(true);
            // plandoc patch: the same bytes without the transformer when PackageXml can write them.
            if (plandoc.render.office.PackageXml.write(xmlContent, outStream)) {
                return true;
            }
            Transformer trans = XMLHelper.newTransformer();
            DOMSource xmlSource = new DOMSource(xmlContent);
            // prevent close of stream by transformer:
            Result outputTarget = new StreamResult(new FilterOutputStream(
                    outStream) {
                @Override
                public void write(byte[] b, int off, int len)
                        throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush(); // only flush, don't close!
                }
            });
            trans.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // don't indent xml documents, the indent will cause errors in calculating the xml signature
            // because of different handling of linebreaks in Windows/Unix
            trans.setOutputProperty(OutputKeys.INDENT, "no");
            trans.setOutputProperty(OutputKeys.STANDALONE, "yes");
            trans.transform(xmlSource, outputTarget);
        } catch (TransformerException | IOException e) { // plandoc patch: PackageXml's write may throw
            return false;
        }
        return true;
    }

    /**
     * Copy the input stream into the output stream.
     *
     * @param inStream
     *            The source stream.
     * @param outStream
     *            The destination stream.
     * @return <b>true</b> if the operation succeed, else return <b>false</b>.
     */
    public static boolean copyStream(InputStream inStream, OutputStream outStream) {
        try {
            IOUtils.copy(inStream, outStream);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
