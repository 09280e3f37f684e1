from tracr.rasp import rasp
from tracr.compiler import compiling, lib

program = lib.make_pair_balance(rasp.tokens, "(", ")")
model = compiling.compile_rasp_to_model(program, vocab={"a", "b", "c", "(", ")"}, max_seq_len=10,
                                        compiler_bos="BOS", compiler_pad="PAD")
