/** The {@code saruar} command line's entry point, which registers every command. */
package kz.saruar.examples.cli.main;
