print("pkg_version.extra imported")
FEATURE = "extra feature enabled"
