from natotrips.cli import main

main()
