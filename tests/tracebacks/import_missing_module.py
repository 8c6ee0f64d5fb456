# ModuleNotFoundError for a module that does not exist
import sys
print("sys imported:", "sys" in sys.modules)
import shoal_module_that_does_not_exist
print("not reached")
