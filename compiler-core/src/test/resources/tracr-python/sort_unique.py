from tracr.rasp import rasp
from tracr.compiler import compiling, lib

model = compiling.compile_rasp_to_model(lib.make_sort_unique(rasp.tokens, rasp.tokens), vocab={1, 2, 3, 4, 5},
                                        max_seq_len=5, compiler_bos="BOS", compiler_pad="PAD")
