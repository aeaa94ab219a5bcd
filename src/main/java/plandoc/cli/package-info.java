/** The command line: argument parsing, messages in Vietnamese or English, exit codes. */
package plandoc.cli;
