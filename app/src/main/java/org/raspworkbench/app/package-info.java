/**
 * The launcher and the command line. Takes the user's arguments; runs the commands ({@code check},
 * {@code eval}, ...) on the compiler core and prints their answers as JSON, or opens the IDE.
 */
package org.raspworkbench.app;
