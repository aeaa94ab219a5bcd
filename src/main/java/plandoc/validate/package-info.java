/**
 * Checks that need no arithmetic: ids, references, shapes of budget input, required pairings,
 * and the drafter's warnings. Collects every problem; never throws for a user's mistake.
 */
package plandoc.validate;
