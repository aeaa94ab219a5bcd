/**
 * Signing a plandoc PDF with a PAdES baseline B-B signature (ETSI EN 319 142-1): the key from a
 * PKCS#12 keystore, the CMS from BouncyCastle, the incremental update from PDFBox.
 */
package plandoc.sign;
