/** Source positions and the problems (errors, warnings) every stage reports against them. */
package plandoc.diagnostic;
