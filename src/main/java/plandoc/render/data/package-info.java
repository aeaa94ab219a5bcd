/**
 * Open data next to each plan: {@code plan.json}, the whole computed document with exact figures as
 * JSON numbers, and one CSV per budget table for spreadsheet users.
 */
package plandoc.render.data;
