/**
 * Source positions and the problems (errors, warnings) every stage reports against them, with the two things every
 * stage needs to name things for a person: the nearest valid name (Suggestions) and a name's unaccented form
 * (Folding). Depends on no other plandoc package, so every stage may use it.
 */
package plandoc.diagnostic;
