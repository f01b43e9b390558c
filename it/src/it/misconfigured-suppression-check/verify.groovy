def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.rejectsConfiguration("cnbBaseImages: <suppression> 1 names the check 'label-releasd', which does not exist:"
        + ' write one of build-user-non-root, build-user-home-writable,', ' label-released, ', ' build-cnb-stack-id')
