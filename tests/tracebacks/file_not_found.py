# Uncaught FileNotFoundError from open()
import os
path = "/tmp/shoal_this_file_does_not_exist.txt"
print("exists:", os.path.exists(path))
open(path)
