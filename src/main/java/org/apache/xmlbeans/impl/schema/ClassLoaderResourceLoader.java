/*
 * Apache XMLBeans 5.3.0's org.apache.xmlbeans.impl.schema.ClassLoaderResourceLoader (Apache License 2.0,
 * like the library; https://xmlbeans.apache.org), patched by plandoc. This copy is found before the
 * library's jar on the class path and replaces its class. The change is marked "plandoc patch"; the rest
 * is the library's code unchanged.
 *
 * Why (issue 17, docs/benchmarks.md "Word and Excel files in a cold process"): XMLBeans reads one .xsb
 * resource per schema type it meets, ~300 for a plan's Word and Excel files, each looked up through the
 * class loader: the JDK's modules first, then every jar of the class path in turn, then a jar: URL
 * connection. plandoc.render.office.SchemaResources reads a type system's .xsb files straight from the jar
 * that holds its index.xsb; any other resource, or one that jar does not hold, is looked up as before.
 * Every resource is returned buffered: XMLBeans reads it through a DataInputStream, two and four bytes at a
 * time, and without a buffer each of those reads inflates from the jar entry on its own (session 8).
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

package org.apache.xmlbeans.impl.schema;

import org.apache.xmlbeans.ResourceLoader;

import java.io.BufferedInputStream;
import java.io.InputStream;

public class ClassLoaderResourceLoader implements ResourceLoader
{
    ClassLoader _classLoader;

    public ClassLoaderResourceLoader(ClassLoader classLoader)
    {
        _classLoader = classLoader;
    }

    public InputStream getResourceAsStream(String resourceName)
    {
        // plandoc patch: a type system's .xsb read straight from the jar of its index when it is there.
        InputStream direct = plandoc.render.office.SchemaResources.open(_classLoader, resourceName);
        InputStream stream = direct != null ? direct : _classLoader.getResourceAsStream(resourceName);
        // plandoc patch: buffered, because XsbReader reads a compiled type two and four bytes at a time,
        // each read otherwise a call into the jar entry's inflater.
        return stream == null ? null : new BufferedInputStream(stream);
    }

    public void close() {}
}
