/**
 * The program's release. Depends on no other plandoc package, so every package may use it.
 */
package plandoc.release;
