# Fraction of tokens so far that are "l", with Tracr's lib.make_frac_prevs.
from tracr.rasp import rasp
from tracr.compiler import compiling, lib

is_l = (rasp.tokens == "l").named("is_l")
program = lib.make_frac_prevs(is_l)
model = compiling.compile_rasp_to_model(program, vocab={"h", "e", "l", "o"}, max_seq_len=5,
                                        compiler_bos="BOS", compiler_pad="PAD")
