evaluate(new File(basedir, '../compat-support.groovy'))
