import tracr.compiler.lib as lib
import tracr.compiler.compiling as compiling

length = lib.make_length()
model = compiling.compile_rasp_to_model(length, vocab=set("abcd"), max_seq_len=5, compiler_bos="BOS",
                                        compiler_pad="PAD")
