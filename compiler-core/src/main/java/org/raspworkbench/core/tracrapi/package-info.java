/**
 * Tracr's Python API for {@code .py} programs. Takes the interpreter of {@code core.interpreter}
 * and the primitives of {@code core.dag}; produces the module values a {@code .py} file imports
 * ({@code tracr.rasp.rasp}, {@code tracr.compiler.lib}, {@code tracr.compiler.compiling},
 * {@code math}, {@code typing}, {@code itertools}, {@code functools}) and the Python built-ins
 * the {@code .rasp} language lacks. {@link org.raspworkbench.core.tracrapi.TracrApi} is the one
 * table of Tracr's names and their {@code .rasp} spellings (for the front end and for conversion);
 * {@code tracr.compiler.lib} is our own implementation, a module of the Python subset in
 * {@code lib.py} beside these classes, run by the same interpreter.
 */
package org.raspworkbench.core.tracrapi;
