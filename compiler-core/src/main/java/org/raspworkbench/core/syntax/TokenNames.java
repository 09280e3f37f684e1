package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** How tokens read in messages: {@code ';'}, {@code an expression}, {@code a name}. */
final class TokenNames {
    private TokenNames() {
    }

    static boolean isKeyword(int type) {
        return type >= RaspGrammarLexer.DEF && type <= RaspGrammarLexer.OUTPUT;
    }

    /** Tokens that cannot end an expression: what follows them must be an operand. */
    static boolean needsExpressionAfter(int type) {
        switch (type) {
            case RaspGrammarLexer.PLUS: case RaspGrammarLexer.MINUS: case RaspGrammarLexer.STAR:
            case RaspGrammarLexer.SLASH: case RaspGrammarLexer.FLOORDIV: case RaspGrammarLexer.PERCENT:
            case RaspGrammarLexer.POWER: case RaspGrammarLexer.EQ: case RaspGrammarLexer.NEQ:
            case RaspGrammarLexer.AMPERSAND: case RaspGrammarLexer.PIPE: case RaspGrammarLexer.TILDE:
            case RaspGrammarLexer.LT: case RaspGrammarLexer.GT: case RaspGrammarLexer.LEQ: case RaspGrammarLexer.GEQ:
            case RaspGrammarLexer.ASSIGN: case RaspGrammarLexer.AND: case RaspGrammarLexer.OR:
            case RaspGrammarLexer.NOT: case RaspGrammarLexer.IN: case RaspGrammarLexer.IF: case RaspGrammarLexer.ELSE:
            case RaspGrammarLexer.RETURN: case RaspGrammarLexer.OUTPUT: case RaspGrammarLexer.LPAREN:
            case RaspGrammarLexer.LBRACK: case RaspGrammarLexer.COMMA: case RaspGrammarLexer.COLON:
                return true;
            default:
                return type >= RaspGrammarLexer.POWER_ASSIGN && type <= RaspGrammarLexer.MOD_ASSIGN;
        }
    }

    /** Keywords that can begin an expression. */
    static boolean startsExpression(int type) {
        return type == RaspGrammarLexer.NOT || type == RaspGrammarLexer.LAMBDA || type == RaspGrammarLexer.TRUE
                || type == RaspGrammarLexer.FALSE || type == RaspGrammarLexer.NONE;
    }

    /** Keywords that can only begin a statement, where recovery may resume. */
    static boolean startsStatement(int type) {
        return type == RaspGrammarLexer.DEF || type == RaspGrammarLexer.SET || type == RaspGrammarLexer.OUTPUT
                || type == RaspGrammarLexer.RETURN;
    }

    /** A hint when a Python keyword this language lacks was written as if it were one; else null. */
    static String pythonOnly(Token token) {
        if (token.getType() != RaspGrammarLexer.NAME) return null;
        switch (token.getText()) {
            case "is": return "'is' is not part of the language; compare values with == and !=";
            case "elif": return "write 'else if' instead of 'elif'";
            case "while": return "while loops are not part of the language; loop with for ... in range(...)";
            case "break": case "continue": case "pass": case "import": case "from": case "class": case "global":
            case "nonlocal": case "try": case "except": case "with": case "yield": case "assert": case "del":
            case "raise": case "async": case "await":
                return "'" + token.getText() + "' is not part of the language";
            default: return null;
        }
    }

    /** Tokens that can end an operand: a name, a literal, a closing bracket. */
    static boolean endsOperand(int type) {
        return type == RaspGrammarLexer.NAME || type == RaspGrammarLexer.NUMBER || type == RaspGrammarLexer.STRING
                || type == RaspGrammarLexer.RPAREN || type == RaspGrammarLexer.RBRACK || type == RaspGrammarLexer.RBRACE
                || type == RaspGrammarLexer.TRUE || type == RaspGrammarLexer.FALSE || type == RaspGrammarLexer.NONE;
    }

    /** Tokens that can only begin an operand (not continue an expression). */
    static boolean startsOperand(int type) {
        return type == RaspGrammarLexer.NAME || type == RaspGrammarLexer.NUMBER || type == RaspGrammarLexer.STRING
                || type == RaspGrammarLexer.TRUE || type == RaspGrammarLexer.FALSE || type == RaspGrammarLexer.NONE
                || type == RaspGrammarLexer.LAMBDA;
    }

    /** Operators and keywords that could continue an expression; left out of "expected" lists when the
     * structure needs something else (a ',', a ':', a closing bracket). */
    private static boolean continuesExpression(int type) {
        return needsExpressionAfter(type) && type != RaspGrammarLexer.COMMA && type != RaspGrammarLexer.COLON
                || type == RaspGrammarLexer.DOT || type == RaspGrammarLexer.FOR;
    }

    static String describeExpected(IntervalSet full) {
        if (full.contains(RaspGrammarLexer.NUMBER) && full.contains(RaspGrammarLexer.NAME)) {
            return "an expression";
        }
        IntervalSet expected = new IntervalSet();
        for (int type : full.toList()) if (!continuesExpression(type)) expected.add(type);
        if (expected.isNil()) expected = full;
        List<String> names = new ArrayList<>();
        boolean name = false;
        for (int type : expected.toList()) {
            if (type == RaspGrammarLexer.NAME) {
                name = true;
            } else {
                names.add(describe(type));
            }
        }
        if (name) names.add(0, "a name");
        if (names.isEmpty()) return "something else";
        if (names.size() > 4) {
            names = new ArrayList<>(names.subList(0, 4));
            names.add("...");
        }
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static String describe(int type) {
        if (type == Token.EOF) return "the end of the file";
        if (type == RaspGrammarLexer.NAME) return "a name";
        if (type == RaspGrammarLexer.NUMBER) return "a number";
        if (type == RaspGrammarLexer.STRING) return "a string";
        String literal = RaspGrammarLexer.VOCABULARY.getLiteralName(type);
        return literal != null ? literal : RaspGrammarLexer.VOCABULARY.getDisplayName(type);
    }
}
